// Rustlings-style: generic functions bounded by AsRef<str> and AsMut<u32>, called on &str, String and Box<u32>.
fn byte_counter<T: AsRef<str>>(arg: T) -> usize {
    arg.as_ref().as_bytes().len()
}

fn char_counter<T: AsRef<str>>(arg: T) -> usize {
    arg.as_ref().chars().count()
}

fn num_sq<T: AsMut<u32>>(arg: &mut T) {
    let n = arg.as_mut();
    *n = *n * *n;
}

fn main() {
    let s = "Café au lait";
    println!("{} {}", byte_counter(s), char_counter(s));
    let owned = String::from("Cafe au lait");
    println!("{} {}", byte_counter(owned.clone()), char_counter(owned));
    let mut num: Box<u32> = Box::new(3);
    num_sq(&mut num);
    println!("{}", num);
}
// expect: 13 12
// expect: 12 12
// expect: 9
