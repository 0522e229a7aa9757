// An FnMut closure returning a reference into what it captures by `&mut` (`|| { v.push(3); v.last() }`): each call may change it again, rustc's "captured variable cannot escape `FnMut` closure body" at the value; the engine ran it.
fn main() {
    let mut v = vec![1, 2];
    let mut last = || {
        v.push(3);
        v.last()
    };
    println!("{:?}", last());
}
// error: "captured variable cannot escape `FnMut` closure body" at 6:9
