// Two Chars kept, one reversed: a palindrome check pulls from both ends, the Rev's end moving back over multi-byte chars.
fn is_palindrome(s: &str) -> bool {
    let mut fwd = s.chars();
    let mut back = s.chars().rev();
    for _ in 0..s.chars().count() / 2 {
        if fwd.next() != back.next() {
            return false;
        }
    }
    println!("{:?} {:?}", fwd, back);
    true
}

fn main() {
    println!("{}", is_palindrome("réifier"));
    println!("{}", is_palindrome("été"));
    println!("{}", is_palindrome("abca"));
}
// expect: false
// expect: Chars(['t', 'é']) Rev { iter: Chars(['é', 't']) }
// expect: true
// expect: false
