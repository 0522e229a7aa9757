// A closure whose parameter type was fixed by its first call rejects a second type: E0308.
fn main() {
    let example_closure = |x| x;
    let s = example_closure(String::from("hello"));
    let n = example_closure(5);
    println!("{s} {n}");
}
// error: E0308 at 5:29
