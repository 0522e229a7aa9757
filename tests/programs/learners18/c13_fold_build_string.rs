// fold accumulating a String, enumerate with formatting, and flat_map over words.
fn main() {
    let words = ["alpha", "beta", "gamma"];
    let csv = words.iter().fold(String::new(), |mut acc, w| {
        if !acc.is_empty() {
            acc.push(',');
        }
        acc.push_str(w);
        acc
    });
    println!("{csv}");
    let numbered: Vec<String> = words.iter().enumerate().map(|(i, w)| format!("{}. {}", i + 1, w)).collect();
    println!("{}", numbered.join("; "));
    let letters: String = words.iter().flat_map(|w| w.chars().take(2)).collect();
    println!("{letters}");
    let lens: Vec<usize> = words.iter().map(|w| w.len()).collect();
    let max = lens.iter().max().unwrap();
    let min = lens.iter().min().unwrap();
    println!("{max} {min} {}", lens.iter().sum::<usize>());
}
// expect: alpha,beta,gamma
// expect: 1. alpha; 2. beta; 3. gamma
// expect: albega
// expect: 5 4 14
