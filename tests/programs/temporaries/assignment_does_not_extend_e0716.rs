// Only a `let` extends: `v = &vec![1];` borrows a temporary that dies at the `;` (E0716 at the temporary).
fn main() {
    let v: &Vec<i32>;
    v = &vec![1];
    println!("{:?}", v);
}
// error: E0716 at 4:10
