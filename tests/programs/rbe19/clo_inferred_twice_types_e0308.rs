// A closure's inferred parameter type is fixed by its first call: a call with another type is E0308.
fn main() {
    let closure_inferred = |i| i + 1;
    println!("{}", closure_inferred(1));
    println!("{}", closure_inferred(1.5));
}
// error: E0308 at 5:37
