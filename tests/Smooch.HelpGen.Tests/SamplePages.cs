namespace Smooch.HelpGen.Tests;

/// <summary>Small pages in the platyPS layout, written for these tests.</summary>
internal static class SamplePages
{
    public const string TwoSets = @"---
external help file: Smooch.PowerShell.dll-Help.xml
Module Name: Smooch
online version: https://example.test/get-widget
schema: 2.0.0
---

# Get-Widget

## SYNOPSIS
Gets widgets.

## SYNTAX

### List (Default)
```
Get-Widget -ShopId <String> [-Name <String>] [<CommonParameters>]
```

### ById
```
Get-Widget [-ShopId] <String> -WidgetId <String[]> [-Force] [<CommonParameters>]
```

## DESCRIPTION
The Get-Widget cmdlet lists
the widgets of a shop.

- first point
- second point

## EXAMPLES

### Example 1: List the widgets
```powershell
Get-Widget -ShopId 'abc'
```

Lists every widget.

### Example 2: Through the pipeline
```powershell
Get-Shop | Get-Widget
```

Each shop's widgets.
Second line of the same paragraph.

## PARAMETERS

### -ShopId
The shop.

```yaml
Type: String
Parameter Sets: List
Aliases: Id

Required: True
Position: Named
Default value: None
Accept pipeline input: True (ByPropertyName)
Accept wildcard characters: False
```

```yaml
Type: String
Parameter Sets: ById
Aliases: Id

Required: True
Position: 0
Default value: None
Accept pipeline input: True (ByPropertyName)
Accept wildcard characters: False
```

### -Name
A name pattern.

```yaml
Type: String
Parameter Sets: List
Aliases:

Required: False
Position: Named
Default value: None
Accept pipeline input: False
Accept wildcard characters: True
```

### -WidgetId
Ids.

```yaml
Type: String[]
Parameter Sets: ById
Aliases: Wid, W

Required: True
Position: Named
Default value: None
Accept pipeline input: True (ByValue, ByPropertyName)
Accept wildcard characters: False
```

### -Force
No prompt.

```yaml
Type: SwitchParameter
Parameter Sets: ById
Aliases:

Required: False
Position: Named
Default value: False
Accept pipeline input: False
Accept wildcard characters: False
```

### CommonParameters
This cmdlet supports the common parameters: -Debug, -ErrorAction, -ErrorVariable, -InformationAction, -InformationVariable, -OutVariable, -OutBuffer, -PipelineVariable, -ProgressAction, -Verbose, -WarningAction, and -WarningVariable. For more information, see [about_CommonParameters](http://go.microsoft.com/fwlink/?LinkID=113216).

## INPUTS

### System.String
A shop id.

## OUTPUTS

### Widget
One per widget.

## NOTES
Careful with widgets.

## RELATED LINKS

[Get-Shop](Get-Shop.md)

[Docs](https://example.test/widgets)
";

    public const string OneSet = @"# Remove-Widget

## SYNOPSIS
Removes a widget.

## SYNTAX

```
Remove-Widget -WidgetId <String> [<CommonParameters>]
```

## DESCRIPTION
Removes it.

## EXAMPLES

### Example 1: Remove
```powershell
Remove-Widget -WidgetId w1
```

Removes widget w1.

## PARAMETERS

### -WidgetId
The id.

```yaml
Type: String
Parameter Sets: (All)
Aliases:

Required: True
Position: Named
Default value: None
Accept pipeline input: False
Accept wildcard characters: False
```

## INPUTS

### None

## OUTPUTS

### None
";
}
