// Range::contains compares as std's RangeBounds: `a..b` excludes b, `a..=b` includes it, chars and floats too (a NaN end contains nothing), the element type taken from the item.
fn main() {
    let v = 300;
    println!("{} {} {}", (0..=255).contains(&v), (1..10).contains(&5), (1..10).contains(&10));
    let r = 'a'..='z';
    println!("{} {} {}", r.contains(&'q'), (0.0..1.0).contains(&0.5), (f64::NAN..1.0).contains(&0.5));
    let age: u8 = 20;
    if (13..=19).contains(&age) {
        println!("teen");
    } else {
        println!("not teen");
    }
    let n: u64 = 8;
    let limits = 2..8;
    println!("{} {}", limits.contains(&n), (2..=8).contains(&n));
}
// expect: false true false
// expect: true true false
// expect: not teen
// expect: false true
