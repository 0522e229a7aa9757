// `next` on a TakeWhile kept in a binding without `mut`: E0596 as rustc.
fn main() {
    let v = vec![1, 2, 3];
    let it = v.iter().take_while(|x| **x < 3);
    println!("{:?}", it.next());
}
// error: E0596 at 5:22
