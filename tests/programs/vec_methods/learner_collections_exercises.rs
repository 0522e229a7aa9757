// Collections exercises: a Vec of an enum of cells, median and mode (to_vec, sort, a HashMap of counts), pig latin, a department directory with entry and or_insert_with, String + and byte slicing of UTF-8.
use std::collections::HashMap;

#[derive(Debug)]
enum SpreadsheetCell {
    Int(i32),
    Float(f64),
    Text(String),
}

fn median_and_mode(v: &[i32]) -> (f64, i32) {
    let mut sorted = v.to_vec();
    sorted.sort();
    let mid = sorted.len() / 2;
    let median = if sorted.len() % 2 == 0 {
        (sorted[mid - 1] + sorted[mid]) as f64 / 2.0
    } else {
        sorted[mid] as f64
    };
    let mut freq = HashMap::new();
    for &x in v {
        *freq.entry(x).or_insert(0) += 1;
    }
    let mode = freq.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))).map(|(k, _)| k).unwrap();
    (median, mode)
}

fn pig_latin(word: &str) -> String {
    let mut chars = word.chars();
    let first = chars.next().unwrap();
    if "aeiou".contains(first) {
        format!("{}-hay", word)
    } else {
        format!("{}-{}ay", chars.as_str(), first)
    }
}

fn main() {
    let row = vec![
        SpreadsheetCell::Int(3),
        SpreadsheetCell::Text(String::from("blue")),
        SpreadsheetCell::Float(10.12),
    ];
    for cell in &row {
        match cell {
            SpreadsheetCell::Int(i) => println!("int {}", i),
            SpreadsheetCell::Float(f) => println!("float {}", f),
            SpreadsheetCell::Text(s) => println!("text {}", s),
        }
    }
    println!("{:?}", median_and_mode(&[3, 1, 4, 1, 5, 9, 2, 6]));
    println!("{:?}", median_and_mode(&[7, 7, 1]));
    let words: Vec<String> = "first apple banana".split(' ').map(pig_latin).collect();
    println!("{}", words.join(" "));
    let mut dept: HashMap<String, Vec<String>> = HashMap::new();
    for cmd in ["Add Sally to Engineering", "Add Amir to Sales", "Add Bob to Engineering"] {
        let parts: Vec<&str> = cmd.split_whitespace().collect();
        if let [_, name, _, d] = parts[..] {
            dept.entry(d.to_string()).or_insert_with(Vec::new).push(name.to_string());
        }
    }
    let mut names: Vec<_> = dept.into_iter().collect();
    names.sort();
    for (d, mut people) in names {
        people.sort();
        println!("{}: {}", d, people.join(", "));
    }
    let s1 = String::from("tic");
    let s2 = String::from("tac");
    let s3 = String::from("toe");
    let s = s1 + "-" + &s2 + "-" + &s3;
    println!("{s} {}", s.len());
    let hello = "Здравствуйте";
    println!("{}", &hello[0..4]);
    for c in "Зд".chars() {
        print!("{c} ");
    }
    println!();
}
// expect: int 3
// expect: text blue
// expect: float 10.12
// expect: (3.5, 1)
// expect: (7.0, 7)
// expect: irst-fay apple-hay anana-bay
// expect: Engineering: Bob, Sally
// expect: Sales: Amir
// expect: tic-tac-toe 11
// expect: Зд
// expect: З д 
