// A for loop over a map's into_iter() takes each entry by value; the table is freed when the loop ends.
use std::collections::HashMap;
fn main() {
    let m: HashMap<u32, String> = (1..4).map(|i| (i, format!("s{}", i))).collect();
    let mut it_sum = 0;
    for (k, v) in m.into_iter() {
        if k == 99 { break; }
        it_sum += v.len() as u32 * k;
    }
    println!("{}", it_sum);
}
// expect: 12
