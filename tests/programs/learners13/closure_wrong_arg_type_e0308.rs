// A closure's parameter type is fixed by its first call: a second call with a String is E0308.
fn main() {
    let example_closure = |x| x;
    let s = example_closure(String::from("hello"));
    println!("{}", s);
    let n = example_closure(5);
    println!("{}", n);
}
// error: E0308 at 6:29
