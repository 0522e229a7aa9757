// `if -0i128 == 9` is known false to rustc's lint (a negation, a cast or arithmetic of constants is known there too), so the overflow in its branch is never looked at and the program runs (the engine rejected it).
fn main() {
    let mut k: u8 = 0;
    let n: i16 = loop {
        k += 1;
        if k >= 3 {
            break i16::MIN;
        }
    };
    if (-0i128) == 9 {
        let m: i16 = -n;
        println!("{}", m);
    }
    if (2 + 3) as u8 != 5 {
        let m: i16 = -n;
        println!("{}", m);
    }
    println!("done");
}
// expect: done
