// String building as learners mix it: join, concat, repeat, push_str into a small capacity, rev-filter-collect, capitalize via chars, fold with +, extend, dedup, split-filter, replace, chunks collected.
fn main() {
    let words = vec!["alpha", "beta", "gamma"];
    let joined = words.join(", ");
    let concat = words.concat();
    let rep = "ab".repeat(3);
    let mut s = String::with_capacity(2);
    for w in &words { s.push_str(w); s.push(' '); }
    let upper: String = s.chars().rev().filter(|c| !c.is_whitespace()).collect();
    let caps: Vec<String> = words.iter().map(|w| { let mut c = w.chars(); match c.next() { Some(f) => f.to_uppercase().collect::<String>() + c.as_str(), None => String::new() } }).collect();
    let nums: Vec<String> = (1..=12).map(|i| i.to_string()).collect();
    let line = nums.iter().fold(String::new(), |acc, n| if acc.is_empty() { n.clone() } else { acc + "-" + n });
    let mut v: Vec<u64> = Vec::new();
    v.extend((0..10).filter(|x| x % 3 == 0));
    v.extend_from_slice(&[7, 8]);
    let dedup: Vec<char> = { let mut c: Vec<char> = "mississippi".chars().collect(); c.sort(); c.dedup(); c };
    let split: Vec<String> = "a,b,,c".split(',').map(String::from).filter(|s| !s.is_empty()).collect();
    let trimmed = "  x  ".trim().to_owned();
    let replaced = "a-b-c".replace('-', "+");
    let chunks: Vec<String> = "abcdefg".chars().collect::<Vec<_>>().chunks(3).map(|c| c.iter().collect()).collect();
    println!("{} | {} | {} | {} | {} | {:?} | {} | {:?} | {:?} | {:?} | {} | {} | {:?}", joined, concat, rep, s, upper, caps, line, v, dedup, split, trimmed, replaced, chunks);
}
// expect: alpha, beta, gamma | alphabetagamma | ababab | alpha beta gamma  | ammagatebahpla | ["Alpha", "Beta", "Gamma"] | 1-2-3-4-5-6-7-8-9-10-11-12 | [0, 3, 6, 9, 7, 8] | ['i', 'm', 'p', 's'] | ["a", "b", "c"] | x | a+b+c | ["abc", "def", "g"]
