// `filter` hands its predicate `&&i32` for a `v.iter()`: a function taking `&i32` does not fit.
fn is_even(x: &i32) -> bool {
    *x % 2 == 0
}

fn main() {
    let v = vec![1, 2, 3, 4];
    let n = v.iter().filter(is_even).count();
    println!("{}", n);
}
// error: E0631 at 8:29
