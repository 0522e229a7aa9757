// A labeled block whose break carries out Some(x) of a `for x in &v`: v stays borrowed, so pushing onto it while the result is used is E0502.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = 'f: {
        for x in &v { if *x > 1 { break 'f Some(x); } }
        None
    };
    v.push(4);
    println!("{:?}", first);
}
// error: E0502 at 8:5
