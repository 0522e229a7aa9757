// partition_point is a binary search asking the predicate core's probes in core's order; it finds where the predicate turns false.
fn main() {
    let v = [1, 2, 4, 4, 7, 9, 12, 15];
    let at = v.partition_point(|&x| {
        println!("probe {}", x);
        x < 5
    });
    println!("{} {:?} {:?}", at, &v[..at], &v[at..]);
    let words = vec!["ant", "bee", "cat", "dog"];
    println!("{}", words.partition_point(|w| *w < "c"));
    let empty: Vec<i32> = Vec::new();
    println!("{}", empty.partition_point(|&x| x < 0));
}
// expect: probe 7
// expect: probe 4
// expect: probe 4
// expect: probe 4
// expect: 4 [1, 2, 4, 4] [7, 9, 12, 15]
// expect: 2
// expect: 0
