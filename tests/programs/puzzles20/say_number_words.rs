// Say (Exercism): numbers spelt in English from const arrays of words, in chunks of a thousand with their scales.
const ONES: [&str; 20] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];
const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

fn below_thousand(n: u64) -> String {
    let mut parts = Vec::new();
    let hundreds = n / 100;
    let rest = n % 100;
    if hundreds > 0 {
        parts.push(format!("{} hundred", ONES[hundreds as usize]));
    }
    if rest > 0 || n == 0 {
        if rest < 20 {
            parts.push(ONES[rest as usize].to_string());
        } else if rest % 10 == 0 {
            parts.push(TENS[(rest / 10) as usize].to_string());
        } else {
            parts.push(format!("{}-{}", TENS[(rest / 10) as usize], ONES[(rest % 10) as usize]));
        }
    }
    parts.join(" ")
}

fn encode(n: u64) -> String {
    if n < 1000 {
        return below_thousand(n);
    }
    let scales = ["", "thousand", "million", "billion"];
    let mut chunks = Vec::new();
    let mut m = n;
    while m > 0 {
        chunks.push(m % 1000);
        m /= 1000;
    }
    let mut words: Vec<String> = Vec::new();
    for (i, &c) in chunks.iter().enumerate().rev() {
        if c == 0 {
            continue;
        }
        let mut w = below_thousand(c);
        if !scales[i].is_empty() {
            w.push(' ');
            w.push_str(scales[i]);
        }
        words.push(w);
    }
    words.join(" ")
}

fn main() {
    for n in [0, 14, 50, 98, 100, 123, 1000, 1234, 1_000_000, 987_654_321_123 % 1_000_000_000_000] {
        println!("{}: {}", n, encode(n));
    }
}
// expect: 0: zero
// expect: 14: fourteen
// expect: 50: fifty
// expect: 98: ninety-eight
// expect: 100: one hundred
// expect: 123: one hundred twenty-three
// expect: 1000: one thousand
// expect: 1234: one thousand two hundred thirty-four
// expect: 1000000: one million
// expect: 987654321123: nine hundred eighty-seven billion six hundred fifty-four million three hundred twenty-one thousand one hundred twenty-three
