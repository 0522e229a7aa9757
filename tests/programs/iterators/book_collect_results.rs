// The Rust book's iterator tests and `collect::<Result<Vec<_>, _>>()`: the first Err stops the collect; into `Option<Vec<_>>` too.
fn parse_all(items: &[&str]) -> Result<Vec<i32>, std::num::ParseIntError> {
    items.iter().map(|s| s.parse::<i32>()).collect()
}

fn main() {
    let good = ["1", "2", "3"];
    let bad = ["4", "x", "6"];
    println!("{:?}", parse_all(&good));
    println!("{:?}", parse_all(&bad));
    let r: Result<Vec<_>, _> = bad.iter().map(|s| s.parse::<u8>()).collect();
    match r {
        Ok(v) => println!("all: {:?}", v),
        Err(e) => println!("error: {}", e),
    }
    let opts: Option<Vec<u32>> = ["7", "8"].iter().map(|s| s.parse().ok()).collect();
    println!("{:?}", opts);
    let v1 = vec![1, 2, 3];
    let v2: Vec<_> = v1.iter().map(|x| x + 1).collect();
    assert_eq!(v2, vec![2, 3, 4]);
    let v1_iter = v1.iter();
    let total: i32 = v1_iter.sum();
    println!("{} {:?}", total, v2);
    let mut v1_iter = v1.iter();
    assert_eq!(v1_iter.next(), Some(&1));
    assert_eq!(v1_iter.next(), Some(&2));
    assert_eq!(v1_iter.next(), Some(&3));
    assert_eq!(v1_iter.next(), None);
}
// expect: Ok([1, 2, 3])
// expect: Err(ParseIntError { kind: InvalidDigit })
// expect: error: invalid digit found in string
// expect: Some([7, 8])
// expect: 6 [2, 3, 4]
