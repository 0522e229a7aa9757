// Borrowing a field of a local not declared `mut` twice is one E0596 at the local's binding, naming the local.
struct P { items: Vec<i32> }
fn main() {
    let p = P { items: vec![] };
    p.items.push(1);
    p.items.push(2);
}
// error: E0596 at 4:9
