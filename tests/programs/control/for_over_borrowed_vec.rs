// `for x in &v` borrows each element, so v is still usable after the loop.
fn main() {
    let v = vec![10, 20, 30];
    for x in &v {
        println!("{}", x);
    }
    println!("still have {:?}", v);
}
// expect: 10
// expect: 20
// expect: 30
// expect: still have [10, 20, 30]
