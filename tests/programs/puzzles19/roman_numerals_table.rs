// Roman numerals from a table of (value, &str) pairs with a greedy while loop; and back again via a char match.
fn to_roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];
    let mut s = String::new();
    for &(v, r) in TABLE.iter() {
        while n >= v {
            s += r;
            n -= v;
        }
    }
    s
}

fn from_roman(s: &str) -> u32 {
    let vals: Vec<u32> = s
        .chars()
        .map(|c| match c {
            'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000,
            _ => 0,
        })
        .collect();
    let mut total = 0;
    for i in 0..vals.len() {
        if i + 1 < vals.len() && vals[i] < vals[i + 1] {
            total -= vals[i] as i64;
        } else {
            total += vals[i] as i64;
        }
    }
    total as u32
}

fn main() {
    for n in [3, 4, 9, 14, 1994, 2024] {
        let r = to_roman(n);
        println!("{n} {r} {}", from_roman(&r));
    }
}
// expect: 3 III 3
// expect: 4 IV 4
// expect: 9 IX 9
// expect: 14 XIV 14
// expect: 1994 MCMXCIV 1994
// expect: 2024 MMXXIV 2024
