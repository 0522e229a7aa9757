// std::ptr::eq of slices compares their lengths too: a prefix starts at the same address but is not the same slice; an array's reference coerces to its full slice.
fn main() {
    let v = vec![10, 20, 30];
    let all = &v[..];
    let front = &v[..2];
    let again = v.as_slice();
    println!("{} {}", std::ptr::eq(all, front), std::ptr::eq(all, again));
    println!("{}", std::ptr::eq(&v[0], &front[0]));
    let a = [1, 2];
    println!("{}", std::ptr::eq(&a[..], &a));
    let s = String::from("hello world");
    let word = &s[..5];
    println!("{} {}", std::ptr::eq(word, &s[0..5]), std::ptr::eq(word, s.as_str()));
}
// expect: false true
// expect: true
// expect: true
// expect: true false
