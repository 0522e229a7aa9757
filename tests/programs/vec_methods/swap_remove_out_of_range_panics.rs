// swap_remove past the end panics with std's own message, at the call.
fn main() {
    let mut v = vec![1, 2, 3];
    v.swap_remove(0);
    println!("{:?}", v);
    let x = v.swap_remove(2);
    println!("{}", x);
}
// expect: [3, 2]
// panic: swap_remove index (is 2) should be < len (is 2)
// panic-at: library/alloc/src/vec/mod.rs:2202:13
