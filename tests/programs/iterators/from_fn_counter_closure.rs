// iter::from_fn calls its closure at each pull until it returns None; the closure's captured counter changes in the caller's frame.
fn main() {
    let mut count = 0;
    let v: Vec<u32> = std::iter::from_fn(|| {
        count += 1;
        if count <= 5 { Some(count * count) } else { None }
    })
    .collect();
    println!("{:?} {}", v, count);

    let mut words = vec!["c", "b", "a"];
    for w in std::iter::from_fn(|| words.pop()) {
        println!("{}", w);
    }
    println!("{}", words.len());
}
// expect: [1, 4, 9, 16, 25] 6
// expect: a
// expect: b
// expect: c
// expect: 0
