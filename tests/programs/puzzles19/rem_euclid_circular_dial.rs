// A circular dial turned left and right: rem_euclid keeps negative positions in 0..100, while % keeps the sign.
fn main() {
    let mut pos: i64 = 50;
    let mut zeros = 0;
    for turn in "L68 L30 R48 L5 R60 L55 L1 L99 R14 L82".split(' ') {
        let (dir, n) = turn.split_at(1);
        let n: i64 = n.parse().unwrap();
        let delta = if dir == "L" { -n } else { n };
        pos = (pos + delta).rem_euclid(100);
        if pos == 0 {
            zeros += 1;
        }
        print!("{pos} ");
    }
    println!();
    println!("zeros {zeros}");
    println!("{} {}", -7 % 3, (-7i32).rem_euclid(3));
    println!("{} {}", (-7i32).div_euclid(3), -7 / 3);
}
// expect: 82 52 0 95 55 0 99 0 14 32 
// expect: zeros 3
// expect: -1 2
// expect: -3 -2
