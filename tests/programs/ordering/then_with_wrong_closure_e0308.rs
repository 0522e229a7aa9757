// `then_with` takes a closure returning an Ordering: one returning a bool is error E0308, as rustc reports it.
fn main() {
    let o = 1.cmp(&2).then_with(|| 1 < 2);
    println!("{:?}", o);
}
// error: E0308 at 3:36
