// Rustlings-style: `map(|x: i32| ..)` over `iter()` (which yields `&i32`) is E0631 at `map`.
fn main() {
    let v = vec![1, 2, 3];
    let doubled: Vec<i32> = v.iter().map(|x: i32| x * 2).collect();
    println!("{:?}", doubled);
}
// error: E0631 at 4:38
