// A `Vec` in a function signature must say what it holds: without `<T>` it is error E0107.
fn total(v: Vec) -> i32 {
    v.len() as i32
}

fn main() {
    println!("{}", total(vec![1, 2]));
}
// error: E0107 at 2:13
