// An @ binding over an or-pattern (n @ (1 | 2 | 3)) and over a nested Some.
fn main() {
    for x in [2, 5] {
        match x {
            n @ (1 | 2 | 3) => println!("small {}", n),
            n => println!("other {}", n),
        }
    }
    let v = Some(Some(7));
    if let Some(inner @ Some(7..=9)) = v {
        println!("{:?}", inner);
    }
}
// expect: small 2
// expect: other 5
// expect: Some(7)
