// Options flattened, partition into two Vecs, filter_map of parses, collect into Result, flatten of nested Vecs, and a sum into Option.
fn main() {
    let readings = vec![Some(3), None, Some(-2), Some(8), None];
    let present: Vec<i32> = readings.iter().flatten().copied().collect();
    println!("{:?}", present);
    let (pos, neg): (Vec<i32>, Vec<i32>) = present.iter().partition(|&&x| x >= 0);
    println!("{:?} {:?}", pos, neg);
    let missing = readings.iter().filter(|r| r.is_none()).count();
    println!("missing {}", missing);
    let strs = ["7", "x", "12"];
    let nums: Vec<u32> = strs.iter().filter_map(|s| s.parse().ok()).collect();
    println!("{:?}", nums);
    let all: Result<Vec<u32>, _> = strs.iter().map(|s| s.parse::<u32>()).collect();
    println!("{:?}", all.is_err());
    let nested = vec![vec![1, 2], vec![], vec![3]];
    let flat: Vec<i32> = nested.into_iter().flatten().collect();
    println!("{:?}", flat);
    let total: Option<i32> = readings.iter().copied().sum();
    println!("{:?}", total);
}
// expect: [3, -2, 8]
// expect: [3, 8] [-2]
// expect: missing 2
// expect: [7, 12]
// expect: true
// expect: [1, 2, 3]
// expect: None
