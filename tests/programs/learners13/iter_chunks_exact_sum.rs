// Averages of pairs with chunks(2), a last short chunk, and enumerate over chunks printing each.
fn main() {
    let readings = [10, 20, 30, 40, 50];
    for (i, c) in readings.chunks(2).enumerate() {
        let avg = c.iter().sum::<i32>() as f64 / c.len() as f64;
        println!("chunk {} {:?} avg {:.1}", i, c, avg);
    }
    let sums: Vec<i32> = readings.chunks(3).map(|c| c.iter().sum()).collect();
    println!("{:?}", sums);
    let last = readings.chunks(2).last();
    println!("{:?}", last);
}
// expect: chunk 0 [10, 20] avg 15.0
// expect: chunk 1 [30, 40] avg 35.0
// expect: chunk 2 [50] avg 50.0
// expect: [60, 90]
// expect: Some([50])
