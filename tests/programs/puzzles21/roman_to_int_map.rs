// LeetCode 13/12: Roman numerals to integers with a char match and a look-ahead, and back with a table of pairs.
fn value(c: char) -> i32 {
    match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        'M' => 1000,
        _ => 0,
    }
}

fn roman_to_int(s: &str) -> i32 {
    let chars: Vec<char> = s.chars().collect();
    let mut total = 0;
    for i in 0..chars.len() {
        let v = value(chars[i]);
        if i + 1 < chars.len() && v < value(chars[i + 1]) {
            total -= v;
        } else {
            total += v;
        }
    }
    total
}

fn int_to_roman(mut n: i32) -> String {
    const TABLE: [(i32, &str); 13] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];
    let mut out = String::new();
    for &(v, sym) in TABLE.iter() {
        while n >= v {
            out += sym;
            n -= v;
        }
    }
    out
}

fn main() {
    for s in ["III", "LVIII", "MCMXCIV", "XLII"] {
        let n = roman_to_int(s);
        println!("{} = {} = {}", s, n, int_to_roman(n));
    }
    println!("{}", int_to_roman(3999));
}
// expect: III = 3 = III
// expect: LVIII = 58 = LVIII
// expect: MCMXCIV = 1994 = MCMXCIV
// expect: XLII = 42 = XLII
// expect: MMMCMXCIX
