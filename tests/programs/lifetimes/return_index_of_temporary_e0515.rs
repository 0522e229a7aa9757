// `&v.clone()[0]` borrows into a temporary Vec freed when the function returns (E0515).
fn first() -> &'static i32 {
    let v = vec![1, 2];
    &v.clone()[0]
}

fn main() {
    println!("{}", first());
}
// error: E0515 at 4:5
