// A StringError formats through the caller's Formatter: width and alignment apply to the text, as std's `Display::fmt(&self.0, f)` does.
use std::error::Error;

fn fail() -> Result<(), Box<dyn Error>> {
    Err("no")?;
    Ok(())
}

fn main() {
    let e = fail().unwrap_err();
    println!("[{:>5}] [{:<6?}]", e, e);
}
// expect: [   no] ["no"]
