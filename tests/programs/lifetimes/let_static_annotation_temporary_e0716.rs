// `let x: &'static String = &String::from(..)`: the let extends the temporary only to the block's end, not for the whole run, so the `'static` annotation makes it E0716.
fn main() {
    let x: &'static String = &String::from("a");
    println!("{}", x);
}
// error: E0716 at 3:31
