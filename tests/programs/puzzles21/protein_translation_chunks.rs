// Exercism protein-translation: codons by chunks of three bytes, a match from codon to protein, stopping at STOP.
fn protein(codon: &str) -> Option<&'static str> {
    match codon {
        "AUG" => Some("Methionine"),
        "UUU" | "UUC" => Some("Phenylalanine"),
        "UUA" | "UUG" => Some("Leucine"),
        "UCU" | "UCC" | "UCA" | "UCG" => Some("Serine"),
        "UAU" | "UAC" => Some("Tyrosine"),
        "UGU" | "UGC" => Some("Cysteine"),
        "UGG" => Some("Tryptophan"),
        "UAA" | "UAG" | "UGA" => Some("STOP"),
        _ => None,
    }
}

fn translate(rna: &str) -> Option<Vec<&'static str>> {
    let mut out = Vec::new();
    for chunk in rna.as_bytes().chunks(3) {
        let codon = std::str::from_utf8(chunk).ok()?;
        match protein(codon)? {
            "STOP" => break,
            p => out.push(p),
        }
    }
    Some(out)
}

fn main() {
    for rna in ["AUGUUUUGG", "UAGUGG", "UGGUAGUGG", "AUGUUUUCUUAAAUG", "AUGXYZ", "UGGU"] {
        match translate(rna) {
            Some(ps) => println!("{} -> {}", rna, ps.join(", ")),
            None => println!("{} -> invalid", rna),
        }
    }
}
// expect: AUGUUUUGG -> Methionine, Phenylalanine, Tryptophan
// expect: UAGUGG -> 
// expect: UGGUAGUGG -> Tryptophan
// expect: AUGUUUUCUUAAAUG -> Methionine, Phenylalanine, Serine
// expect: AUGXYZ -> invalid
// expect: UGGU -> invalid
