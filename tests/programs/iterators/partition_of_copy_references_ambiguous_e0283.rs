// `Vec<_>` from `&i32` items could be a `Vec<i32>` (Extend<&T> for Copy T) or a `Vec<&i32>`: rustc asks for the type, E0283 at `partition`.
fn main() {
    let v = vec![1, 2, 3];
    let (a, b): (Vec<_>, Vec<_>) = v.iter().partition(|x| **x > 1);
    println!("{:?} {:?}", a, b);
}
// error: E0283 at 4:45
