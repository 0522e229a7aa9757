// A `move` closure owns its Vec and answers contains queries; the Vec is freed when the closure drops.
fn main() {
    let haystack = vec![1, 2, 3];
    let contains = move |needle| haystack.contains(needle);
    println!("{}", contains(&1));
    println!("{}", contains(&4));
    drop(contains);
    println!("done");
}
// expect: true
// expect: false
// expect: done
