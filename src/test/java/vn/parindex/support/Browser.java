package vn.parindex.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages driven through its chromedriver (both installed by .ci/run), so no
 * browser or driver is downloaded. One browser per test class; {@link #close()} quits it. Without them the
 * browser tests are skipped.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("par.test.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("par.test.chromedriver", "/usr/bin/chromedriver"));
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String base;

    private Browser(ChromeDriver driver, int port) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.base = "http://localhost:" + port;
    }

    public static Browser start(int port) {
        // skipped, not failed, on a machine without them: .ci/run installs both, so CI always runs the browser tests
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                () -> "Browser tests skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                        + " (apt-get install -y chromium chromium-driver, as .ci/run does)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--lang=vi");
        // the page's console and failed loads, told when a wait times out
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), port);
    }

    /** The window's size, e.g. a phone's 390 × 844. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Loads the current page again. */
    public void refresh() {
        driver.navigate().refresh();
    }

    /** Saves what the window shows as target/screenshots/{name}.png, for a person to review. */
    public Path screenshot(String name) {
        try {
            Path file = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
            return Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs JavaScript in the page and returns its result. */
    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    public void go(String path) {
        driver.get(base + path);
    }

    /** Logs into the Camunda Tasklist through its login page, leaving any earlier session. */
    public void loginToTasklist(String user, String password) {
        submitTasklistLogin(user, password);
        visible(By.xpath("//*[contains(text(), 'Việc của tôi')]"));
    }

    /**
     * Fills and sends the Tasklist's login form, whatever the Tasklist then shows. While it starts, the Tasklist can
     * draw its login form again under the typing (the typed text is lost and the click sends nothing, seen on a busy
     * CI machine), so the form is filled again, at most three times, until the browser leaves the login page. The
     * earlier page is left first: a Tasklist still running when its cookies vanish meets a 401 at its next poll and
     * navigates by itself, racing this navigation (seen: a blank page at the Tasklist's address for 30 s).
     */
    public void submitTasklistLogin(String user, String password) {
        driver.get("about:blank");
        // every cookie of every path (WebDriver's own deletion reaches only those of the page's address)
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        go("/camunda/app/tasklist/default/");
        visible(By.cssSelector("input[type=text]"));
        for (int attempt = 1; attempt <= 3 && !leftLoginPage(); attempt++) {
            try {
                WebElement name = visible(By.cssSelector("input[type=text]"));
                name.clear();
                name.sendKeys(user);
                WebElement secret = driver.findElement(By.cssSelector("input[type=password]"));
                secret.clear();
                secret.sendKeys(password);
                driver.findElement(By.cssSelector("button[type=submit]")).click();
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> leftLoginPage());
            } catch (StaleElementReferenceException | TimeoutException e) {
                // the form was drawn again, or nothing happened: fill it again (the caller's wait reports a failure)
            }
        }
    }

    private boolean leftLoginPage() {
        return !driver.getCurrentUrl().contains("#/login");
    }

    /** The element once visible; on a timeout, says where the browser was and what the page showed. */
    public WebElement visible(By by) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (TimeoutException e) {
            String text = driver.findElement(By.tagName("body")).getText();
            String console = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(Object::toString).collect(Collectors.joining("\n"));
            throw new TimeoutException(e.getMessage() + "\nAt " + driver.getCurrentUrl() + " (document "
                    + ((JavascriptExecutor) driver).executeScript("return document.readyState") + "), the page showed: "
                    + (text.length() > 500 ? text.substring(0, 500) + "…" : text) + "\nConsole:\n" + console, e);
        }
    }

    /** The first visible element whose own text contains the given text. */
    public WebElement withText(String text) {
        return visible(By.xpath("//*[contains(text(), '" + text + "')]"));
    }

    /** Clicks an element once it is clickable, scrolled to the middle so the Tasklist's footer does not cover it. */
    public void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    public void clickText(String text) {
        click(By.xpath("//*[contains(text(), '" + text + "')]"));
    }

    /**
     * Waits until no element showing the text is visible. Chromium may drop the element while its visibility is being
     * asked ("Node with given id does not belong to the document"): asked again, as for a stale element.
     */
    public void waitUntilGone(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class).until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//*[contains(text(), '" + text + "')]")));
    }

    public void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public void upload(By fileInput, Path file) {
        wait.until(ExpectedConditions.presenceOfElementLocated(fileInput)).sendKeys(file.toAbsolutePath().toString());
    }

    /** Waits until the page's JavaScript condition holds (a truthy value), saying what was awaited on a timeout. */
    public void until(String what, String condition, Object... args) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(what).until(d -> {
            Object value = ((JavascriptExecutor) d).executeScript(condition, args);
            return value != null && !Boolean.FALSE.equals(value);
        });
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Runs asynchronous JavaScript in the page; the script calls its last argument with the result. */
    public Object async(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
