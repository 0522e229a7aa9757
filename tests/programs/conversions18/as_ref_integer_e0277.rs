// `byte_counter(5)` with `T: AsRef<str>`: no impl for an integer, E0277 at the argument.
fn byte_counter<T: AsRef<str>>(arg: T) -> usize {
    arg.as_ref().as_bytes().len()
}
fn main() {
    println!("{}", byte_counter(5));
}
// error: E0277 at 6:33
// headline: differs: the engine has settled the literal to i32 where rustc still says `{integer}`
