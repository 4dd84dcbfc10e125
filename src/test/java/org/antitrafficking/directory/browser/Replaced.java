package org.antitrafficking.directory.browser;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * Waits until a page has replaced the element clicked on it. Selenium's own staleness
 * check knows only its stale-element answer; while the old document is being torn down,
 * Chrome may answer instead that the node "does not belong to the document", which means
 * the same.
 */
final class Replaced {

    private Replaced() {
    }

    static ExpectedCondition<Boolean> replaced(WebElement element) {
        return (driver) -> {
            try {
                element.isEnabled();
                return false;
            }
            catch (StaleElementReferenceException ex) {
                return true;
            }
            catch (WebDriverException ex) {
                if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw ex;
            }
        };
    }

}
