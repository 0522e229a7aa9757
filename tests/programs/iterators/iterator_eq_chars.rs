// Iterator::eq compares two iterators item by item as std's iter_compare: `a.chars().eq(b.chars())`, a shorter one unequal, a Vec's iterator against a range's, the first difference stopping the walk.
fn is_palindrome(s: &str) -> bool {
    s.chars().eq(s.chars().rev())
}

fn main() {
    let a = "hello";
    let b = String::from("hello");
    println!("{}", a.chars().eq(b.chars()));
    println!("{}", "hell".chars().eq(b.chars()));
    println!("{}", is_palindrome("level"), );
    println!("{}", is_palindrome("rust"));
    let v = vec![1, 2, 3];
    println!("{}", v.iter().copied().eq(1..4));
    let w = [1, 2, 4];
    println!("{} {}", v.iter().eq(w.iter()), v.iter().eq(&v));
    let words = vec![String::from("a"), String::from("b")];
    println!("{}", words.clone().into_iter().eq(words.iter().cloned()));
    let mut looked = 0;
    let same = v.iter().map(|x| {
        looked += 1;
        x * 10
    }).eq(vec![10, 99, 30]);
    println!("{} {}", same, looked);
}
// expect: true
// expect: false
// expect: true
// expect: false
// expect: true
// expect: false true
// expect: true
// expect: false 2
