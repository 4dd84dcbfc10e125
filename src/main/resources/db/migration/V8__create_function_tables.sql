-- The four functions of anti-trafficking work, tagged on programs, task forces and components.
CREATE TABLE function (
    slug     slug          PRIMARY KEY,
    name     nonblank_text NOT NULL UNIQUE,
    position integer       NOT NULL UNIQUE CHECK (position > 0)
);

CREATE TABLE program_function (
    program_id    bigint NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    function_slug slug   NOT NULL REFERENCES function (slug),
    PRIMARY KEY (program_id, function_slug)
);

CREATE TABLE task_force_function (
    task_force_id bigint NOT NULL REFERENCES task_force (id) ON DELETE CASCADE,
    function_slug slug   NOT NULL REFERENCES function (slug),
    PRIMARY KEY (task_force_id, function_slug)
);

CREATE TABLE component_function (
    component_id  bigint NOT NULL REFERENCES component (id) ON DELETE CASCADE,
    function_slug slug   NOT NULL REFERENCES function (slug),
    PRIMARY KEY (component_id, function_slug)
);

-- The programs page filters by function.
CREATE INDEX program_function_function_idx ON program_function (function_slug, program_id);
CREATE INDEX task_force_function_function_idx ON task_force_function (function_slug);
CREATE INDEX component_function_function_idx ON component_function (function_slug);
