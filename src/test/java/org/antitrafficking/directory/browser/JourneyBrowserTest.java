package org.antitrafficking.directory.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** The journeys people come for, walked in a real browser. */
class JourneyBrowserTest extends BrowserTest {

    @Test
    void shouldBrowseFromTheHomePageToDhsToIceToHsi() {
        open("/");
        clickAndWait(browser.findElement(By.linkText("Department of Homeland Security (DHS)")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Department of Homeland Security (DHS)");

        clickAndWait(browser.findElement(By.cssSelector(".tree a[href='/agencies/ice']")));
        assertThat(browser.findElement(By.tagName("h1")).getText())
            .isEqualTo("U.S. Immigration and Customs Enforcement (ICE)");

        clickAndWait(browser.findElement(By.cssSelector("#units-heading + ul a[href='/agencies/hsi']")));
        assertThat(currentPath()).isEqualTo("/agencies/hsi");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Homeland Security Investigations (HSI)");
        assertThat(browser.findElements(By.cssSelector(".usa-breadcrumb a"))).extracting(WebElement::getText)
            .containsExactly("Home", "Department of Homeland Security (DHS)",
                    "U.S. Immigration and Customs Enforcement (ICE)");
    }

    @Test
    void shouldShowTheHsiTipLineNumberOnTheHomePageWithACallLink() {
        open("/");
        WebElement number = browser.findElement(By.cssSelector("#hsi-tip-line a[href='tel:+18663472423']"));
        assertThat(number.isDisplayed()).isTrue();
        assertThat(number.getText()).isEqualTo("1-866-347-2423");
    }

    @Test
    void shouldReachTheHsiTipLineNumberWithinTwoClicksThroughTheHotlines() {
        open("/");
        clickAndWait(browser.findElement(By.linkText("Get help or report")));
        clickAndWait(browser.findElement(By.linkText("HSI Tip Line")));
        WebElement number = browser.findElement(By.cssSelector(".channel a[href='tel:+18663472423']"));
        assertThat(number.isDisplayed()).isTrue();
        assertThat(number.getText()).isEqualTo("1-866-347-2423");
    }

    @Test
    void shouldFilterProgramsByProsecutionThenDepartmentThenPageTwoKeepingTheFilters() {
        open("/programs");
        browser.findElement(By.cssSelector("label[for='function-prosecution']")).click();
        clickAndWait(browser.findElement(By.cssSelector(".filter-form button[type=submit]")));
        assertThat(currentPath()).isEqualTo("/programs?function=prosecution&department=&kind=&q=");
        assertThat(chips()).containsExactly("Prosecution ×", "Clear all filters");

        new Select(browser.findElement(By.id("filter-department"))).selectByValue("dhs");
        clickAndWait(browser.findElement(By.cssSelector(".filter-form button[type=submit]")));
        assertThat(chips()).containsExactly("Prosecution ×", "Department: Department of Homeland Security ×",
                "Clear all filters");
        List<String> firstPage = programNames();

        clickAndWait(browser.findElement(By.cssSelector(".usa-pagination a[aria-label='Page 2']")));
        assertThat(currentPath()).isEqualTo("/programs?department=dhs&function=prosecution&page=2");
        assertThat(chips()).containsExactly("Prosecution ×", "Department: Department of Homeland Security ×",
                "Clear all filters");
        assertThat(browser.findElement(By.id("function-prosecution")).isSelected()).isTrue();
        assertThat(new Select(browser.findElement(By.id("filter-department"))).getFirstSelectedOption()
            .getAttribute("value")).isEqualTo("dhs");
        assertThat(programNames()).isNotEmpty().doesNotContainAnyElementsOf(firstPage);
    }

    private List<String> chips() {
        return browser.findElements(By.cssSelector(".filter-chips a")).stream().map(WebElement::getText).toList();
    }

    private List<String> programNames() {
        return browser.findElements(By.cssSelector(".record-list h3 a")).stream().map(WebElement::getText).toList();
    }

}
