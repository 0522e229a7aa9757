// A kept `inspect` runs its closure on each item as it is pulled, before the loop body sees it.
fn main() {
    let v = vec![1, 2, 3];
    let seen = v.iter().inspect(|x| println!("about to yield {}", x));
    println!("{}", std::mem::size_of_val(&seen));
    for x in seen {
        println!("got {}", x);
    }
}
// expect: 16
// expect: about to yield 1
// expect: got 1
// expect: about to yield 2
// expect: got 2
// expect: about to yield 3
// expect: got 3
