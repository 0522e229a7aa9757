// Exercism-style: summing a Vec<Option<i32>> with flatten, and the first Some with find_map.
fn main() {
    let readings = vec![Some(3), None, Some(7), None, Some(-2)];
    let total: i32 = readings.iter().flatten().sum();
    println!("{}", total);
    let present: Vec<i32> = readings.iter().flatten().copied().collect();
    println!("{:?}", present);
    let first_big = readings.iter().find_map(|r| r.filter(|&v| v > 5));
    println!("{:?}", first_big);
    let count = readings.iter().filter(|r| r.is_none()).count();
    println!("{}", count);
    let nested = vec![vec![1, 2], vec![], vec![3]];
    let flat: Vec<i32> = nested.into_iter().flatten().collect();
    println!("{:?}", flat);
}
// expect: 8
// expect: [3, 7, -2]
// expect: Some(7)
// expect: 2
// expect: [1, 2, 3]
