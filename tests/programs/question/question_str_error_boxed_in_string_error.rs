// `Err("bad")?` in a function returning `Box<dyn Error>`: std's From makes a String of the text, then boxes it inside its private StringError (24 bytes); main prints `Error:` with the text's Debug and exits 1.
use std::error::Error;

fn check(n: i32) -> Result<i32, Box<dyn Error>> {
    if n < 0 {
        Err("negative")?;
    }
    Ok(n * 2)
}

fn main() -> Result<(), Box<dyn Error>> {
    println!("{}", check(4)?);
    println!("{}", check(-1)?);
    Ok(())
}
// expect: 8
// stderr: Error: "negative"
// exit: 1
