// `peek` takes `&mut self`: a Peekable kept in a binding without `mut` is error E0596.
fn main() {
    let v = vec![1, 2, 3];
    let it = v.iter().peekable();
    println!("{:?}", it.peek());
}
// error: E0596 at 5:22
