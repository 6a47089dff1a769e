import chromium from "@sparticuz/chromium";
import { chromium as pw } from "playwright-core";
const browser = await pw.launch({ executablePath: await chromium.executablePath(), args: ["--no-sandbox", "--headless=new"], headless: true });
const [path, width, out] = process.argv.slice(2);
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto("http://127.0.0.1:14321" + path);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
