// binary_search on a sorted Vec: Ok(index) when found, Err(insertion point) otherwise; insert keeps it sorted.
fn main() {
    let mut v = vec![1, 3, 5, 7, 9];
    for x in [5, 4, 0, 10] {
        match v.binary_search(&x) {
            Ok(i) => println!("{x} found at {i}"),
            Err(i) => {
                println!("{x} would go at {i}");
                v.insert(i, x);
            }
        }
    }
    println!("{:?}", v);
    let idx = v.partition_point(|&y| y < 6);
    println!("first >= 6 at {idx}");
}
// expect: 5 found at 2
// expect: 4 would go at 2
// expect: 0 would go at 0
// expect: 10 would go at 7
// expect: [0, 1, 3, 4, 5, 7, 9, 10]
// expect: first >= 6 at 5
