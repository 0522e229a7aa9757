// Exercism-style: nucleotide counts into a HashMap, an invalid letter reported as Err(char), read back in a fixed order.
use std::collections::HashMap;

fn count(nucleotide: char, dna: &str) -> Result<usize, char> {
    if !"ACGT".contains(nucleotide) {
        return Err(nucleotide);
    }
    let mut n = 0;
    for c in dna.chars() {
        match c {
            'A' | 'C' | 'G' | 'T' => {
                if c == nucleotide {
                    n += 1;
                }
            }
            other => return Err(other),
        }
    }
    Ok(n)
}

fn nucleotide_counts(dna: &str) -> Result<HashMap<char, usize>, char> {
    let mut map = HashMap::new();
    for n in ['A', 'C', 'G', 'T'] {
        map.insert(n, count(n, dna)?);
    }
    Ok(map)
}

fn main() {
    println!("{:?}", count('A', "GATTACA"));
    println!("{:?}", count('X', "GATTACA"));
    println!("{:?}", count('A', "GAXA"));
    let counts = nucleotide_counts("GGGGGTAACCCGG").unwrap();
    for n in ['A', 'C', 'G', 'T'] {
        println!("{}: {}", n, counts[&n]);
    }
    println!("{:?}", nucleotide_counts("GGXXX").map(|m| m.len()));
}
// expect: Ok(3)
// expect: Err('X')
// expect: Err('X')
// expect: A: 2
// expect: C: 3
// expect: G: 7
// expect: T: 1
// expect: Err('X')
