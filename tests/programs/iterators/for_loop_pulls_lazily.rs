// A for loop over an adapter chain pulls one item per iteration: the closure's line and the body's alternate.
let words = vec!["a", "bb", "ccc"];
for n in words.iter().map(|w| {
    println!("measuring {}", w);
    w.len()
}) {
    println!("got {}", n);
}
// expect: measuring a
// expect: got 1
// expect: measuring bb
// expect: got 2
// expect: measuring ccc
// expect: got 3
