// Palindromes and digit reversal: chars().rev().collect::<String>(), and reversing an integer arithmetically.
fn is_palindrome(s: &str) -> bool {
    let clean: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    clean.iter().eq(clean.iter().rev())
}

fn reverse_number(mut n: u64) -> u64 {
    let mut r = 0;
    while n > 0 {
        r = r * 10 + n % 10;
        n /= 10;
    }
    r
}

fn main() {
    let word = "stressed";
    let rev: String = word.chars().rev().collect();
    println!("{rev}");
    println!("{}", is_palindrome("A man, a plan, a canal: Panama"));
    println!("{}", is_palindrome("race a car"));
    println!("{}", reverse_number(12345));
}
// expect: desserts
// expect: true
// expect: false
// expect: 54321
